"""The application shell: ports, services, effect handlers, content cache, configuration, composition root."""
