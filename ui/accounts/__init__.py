"""The owner-accounts tab and its dialogs."""
