"""Reusable widgets of the app: transcript view, meeting panel, input with history."""
