/*
 * Passkeys for staff (issue 9): sign in with a passkey on the sign-in page, add one on the passkeys screen.
 * Talks to Spring Security's WebAuthn endpoints with the page's CSRF token (Vaadin writes it into meta tags).
 * Served from this site only, so it runs under the Content-Security-Policy without inline script.
 */
(function () {
  "use strict";

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = "";
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  }

  function fromBase64Url(value) {
    var text = window.atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function csrfHeaders() {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    var headers = { "Content-Type": "application/json" };
    if (token) {
      headers[header ? header.getAttribute("content") : "X-CSRF-TOKEN"] = token.getAttribute("content");
    }
    return headers;
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: csrfHeaders(),
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
  }

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials);
  }

  /** Resolves to "" when signed in (the page then moves on), or to a message to show. */
  function signIn() {
    if (!supported()) {
      return Promise.resolve("This browser cannot use passkeys. Sign in with your password.");
    }
    return post("webauthn/authenticate/options")
      .then(function (options) {
        options.challenge = fromBase64Url(options.challenge);
        options.allowCredentials = (options.allowCredentials || []).map(function (c) {
          return Object.assign({}, c, { id: fromBase64Url(c.id) });
        });
        return navigator.credentials.get({ publicKey: options });
      })
      .then(function (credential) {
        var r = credential.response;
        return post("login/webauthn", {
          id: credential.id,
          rawId: toBase64Url(credential.rawId),
          response: {
            authenticatorData: toBase64Url(r.authenticatorData),
            clientDataJSON: toBase64Url(r.clientDataJSON),
            signature: toBase64Url(r.signature),
            userHandle: r.userHandle ? toBase64Url(r.userHandle) : undefined
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
      })
      .then(function (result) {
        if (result && result.authenticated && result.redirectUrl) {
          window.location.href = result.redirectUrl;
          return "";
        }
        return "Sign-in with a passkey did not work. Try again, or sign in with your password.";
      })
      .catch(function () {
        return "Sign-in with a passkey did not work. Try again, or sign in with your password.";
      });
  }

  /** Resolves to "" when the passkey was added, or to a message to show. */
  function register(label) {
    if (!supported()) {
      return Promise.resolve("This browser cannot make passkeys. Try the browser on your phone or computer.");
    }
    return post("webauthn/register/options")
      .then(function (options) {
        options.challenge = fromBase64Url(options.challenge);
        options.user = Object.assign({}, options.user, { id: fromBase64Url(options.user.id) });
        options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
          return Object.assign({}, c, { id: fromBase64Url(c.id) });
        });
        return navigator.credentials.create({ publicKey: options });
      })
      .then(function (credential) {
        var r = credential.response;
        return post("webauthn/register", {
          publicKey: {
            credential: {
              id: credential.id,
              rawId: toBase64Url(credential.rawId),
              response: {
                attestationObject: toBase64Url(r.attestationObject),
                clientDataJSON: toBase64Url(r.clientDataJSON),
                transports: r.getTransports ? r.getTransports() : []
              },
              type: credential.type,
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment
            },
            label: label
          }
        });
      })
      .then(function (result) {
        return result && result.success ? "" : "The passkey was not added. Please try again.";
      })
      .catch(function () {
        return "The passkey was not added (it was cancelled, or this device already has one here). Please try again.";
      });
  }

  window.nwdPasskeys = { signIn: signIn, register: register };
})();
