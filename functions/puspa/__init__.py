"""PUSPA: the WhatsApp service desk of a kecamatan office."""
