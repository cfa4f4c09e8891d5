"""Each dialogue's shell side: its effect handlers, its erase and STATUS hooks, and the notices its
stored records cause (see `puspa.app.effect_handlers` and `puspa.app.notify_service`). One module per
dialogue that stores something; the composition root lists them in `bootstrap.HANDLER_MODULES`."""
