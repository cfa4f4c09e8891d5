"""The reception-permit registration dialogue: consent, questions, summary, submit."""
