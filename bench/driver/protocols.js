'use strict';
// How the driver speaks to each server. Both use the same WebSocket client (ws) and the same message
// payload; only the framing differs: Doran's JSON frames (SPEC §5) or Socket.IO v5 packets over
// Engine.IO v4 (what socket.io-client sends with transports: ['websocket']). The driver speaks the
// Socket.IO protocol itself instead of loading socket.io-client so that the client-side work per
// message is the same for both servers and never favours one of them.

/** Doran Chat's /chat endpoint: the token in the handshake, JSON frames whose `type` names them. */
const doran = {
  name: 'doran',
  url(base, token) {
    return `${base.replace(/^http/, 'ws')}/chat?token=${encodeURIComponent(token)}`;
  },
  /** Frames to send right after the socket opens (none: the handshake carried the token). */
  hello() {
    return [];
  },
  join(roomId) {
    return JSON.stringify({ type: 'join-room', roomId });
  },
  /** The constant text before and after the content of a send-message frame for `roomId`. */
  sendTemplate(roomId) {
    return [`{"type":"send-message","roomId":"${roomId}","content":"`, '"}'];
  },
  /**
   * Reads a control frame (anything but a new message); answers {event, data} or a reply to send.
   */
  control(text) {
    const frame = JSON.parse(text);
    return { event: frame.type, data: frame };
  },
};

/** A Socket.IO 4 server: Engine.IO v4 open, Socket.IO CONNECT with auth, EVENT packets, ping/pong. */
const socketio = {
  name: 'socketio',
  url(base) {
    return `${base.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  },
  hello() {
    return [];
  },
  join(roomId) {
    return `42${JSON.stringify(['join-room', { roomId }])}`;
  },
  sendTemplate(roomId) {
    return [`42["send-message",{"roomId":"${roomId}","content":"`, '"}]'];
  },
  control(text, token) {
    if (text === '2') {
      return { reply: '3' };
    }
    if (text.startsWith('0')) {
      return { reply: `40${JSON.stringify({ token })}` };
    }
    if (text.startsWith('40')) {
      return { event: 'auth-success', data: JSON.parse(text.slice(2) || '{}') };
    }
    if (text.startsWith('44')) {
      return { event: 'auth-error', data: JSON.parse(text.slice(2) || '{}') };
    }
    if (text.startsWith('42')) {
      const [event, data] = JSON.parse(text.slice(2));
      return { event, data };
    }
    if (text.startsWith('41') || text.startsWith('1')) {
      return { event: 'closed', data: {} };
    }
    return { event: 'unknown', data: { text } };
  },
};

/** Doran Chat's own Socket.IO endpoint (`/socket.io/`), driven exactly as the Socket.IO peer is. */
const doranSocketio = { ...socketio, name: 'doran-socketio' };

module.exports = { doran, socketio, 'doran-socketio': doranSocketio };
