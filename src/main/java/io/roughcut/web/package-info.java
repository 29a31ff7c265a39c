/**
 * The HTTP face of the service: thin REST controllers, Server-Sent Events, ranged media, errors as JSON from
 * {@link io.roughcut.web.ApiErrors}, session and rate-limit filters, health indicators, and the static pages.
 */
package io.roughcut.web;
