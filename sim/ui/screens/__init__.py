"""The app's screens, one module each: picker, briefing, meeting, terms form, debrief, confirm."""
