"""Brobygger's own themes: high contrast for a classroom projector, light and dark."""

from __future__ import annotations

from textual.theme import Theme

# Light: a projector washes out dark backgrounds and thin colours; black on white with strong,
# saturated accents reads from the back of the room.
PROJECTOR = Theme(
    name="brobygger-projektor",
    primary="#0033A0",
    secondary="#5B2C83",
    accent="#B00020",
    warning="#8A4B00",
    error="#B00020",
    success="#006B2E",
    foreground="#000000",
    background="#FFFFFF",
    surface="#F2F2F2",
    panel="#E0E6F5",
    dark=False,
    text_alpha=1.0,
    variables={
        "footer-key-foreground": "#FFFFFF",
        "footer-key-background": "#0033A0",
        "footer-description-foreground": "#000000",
        "footer-background": "#E0E6F5",
        "input-selection-background": "#0033A0 40%",
        "block-cursor-foreground": "#FFFFFF",
        "block-cursor-background": "#0033A0",
        "border": "#000000",
        "border-blurred": "#555555",
        "text-muted": "#333333",  # the default grey is too faint on a projector
    },
)

# Dark: white and yellow on black, no mid-grey text.
CONTRAST = Theme(
    name="brobygger-kontrast",
    primary="#FFD400",
    secondary="#00E5FF",
    accent="#FFD400",
    warning="#FFB000",
    error="#FF5C5C",
    success="#3DFF7A",
    foreground="#FFFFFF",
    background="#000000",
    surface="#0A0A0A",
    panel="#1A1A1A",
    dark=True,
    text_alpha=1.0,
    variables={
        "footer-key-foreground": "#000000",
        "footer-key-background": "#FFD400",
        "footer-description-foreground": "#FFFFFF",
        "footer-background": "#000000",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#FFD400",
        "border": "#FFFFFF",
        "border-blurred": "#BBBBBB",
        "text-muted": "#DDDDDD",
    },
)

THEMES: tuple[Theme, ...] = (PROJECTOR, CONTRAST)
HIGH_CONTRAST = PROJECTOR.name
DEFAULT_THEME = "textual-dark"
