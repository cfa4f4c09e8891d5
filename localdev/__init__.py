"""Local development tools: Firestore emulator launcher, Graph API stand-in, terminal chat, runner."""
