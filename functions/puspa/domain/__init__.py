"""Pure records and rules of PUSPA: no I/O, no clock, no environment."""
