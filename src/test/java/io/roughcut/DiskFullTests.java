package io.roughcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiskFullTests {

    @Test
    void aWriteToAFullDiskIsRecognisedFromTheSystemsOwnError() {
        // Linux's /dev/full answers every write with ENOSPC, as a full disk does.
        Path full = Path.of("/dev/full");
        assertThat(full).exists();
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Files.write(full, new byte[4096]));
        assertThat(DiskFull.isCause(e)).isTrue();
        assertThat(DiskFull.isCause(new UncheckedIOException(e))).isTrue();
        ServerIoException wrapped = ServerIoException.of("storing the upload", e);
        assertThat(wrapped.fault()).isEqualTo(Fault.STORAGE_FULL);
        assertThat(wrapped.getMessage()).contains("disk space").doesNotContain("/dev/full");
    }

    @Test
    void otherIoFailuresAreTheServersButNotAFullDisk() {
        IOException gone = new java.nio.file.NoSuchFileException("/srv/data/uploads/x");
        assertThat(DiskFull.isCause(gone)).isFalse();
        assertThat(ServerIoException.of("reading the upload", gone).fault()).isEqualTo(Fault.SERVER_IO);
        assertThatThrownBy(() -> {
            throw ServerIoException.of("reading the upload", gone);
        }).isInstanceOf(RoughcutException.class);
    }
}
