"""The conversation: a pure state machine. No I/O, no clock, no environment in this package.

`machine.handle(session, inbound, content, now, rules) -> Turn` is the whole contract; the shell
(`puspa.app.webhook_service`) loads the session, calls it, stores the new session and sends the replies.
See `README.md` beside this file for the state table and diagram.
"""
