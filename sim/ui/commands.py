"""Key bindings in the app's language, and the command palette provider of the screen's actions.

Bindings are declared with an i18n key as their description (e.g. "key.terms"); the footer,
the help panel and the palette then show it in the trainee's language.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from textual.binding import Binding, BindingsMap
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from sim.i18n import STRINGS, t


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Rebuild the node's bindings from its class's, with descriptions translated.

    Textual keeps one BindingsMap per node, copied from the class at construction; replacing
    it with translated copies is how a per-language footer works without per-language classes.
    """
    original: BindingsMap | None = type(node)._merged_bindings
    if original is None:
        return

    def tr(b: Binding) -> Binding:
        if b.description in STRINGS:
            return replace(b, description=t(b.description, lang))
        return b

    fresh = BindingsMap()
    fresh.key_to_bindings = {
        key: [tr(b) for b in bindings] for key, bindings in original.key_to_bindings.items()
    }
    node._bindings = fresh
    if node.is_attached:
        node.refresh_bindings()


class ScreenCommands(Provider):
    """The current screen's own actions (those with a description), by name, in the palette."""

    def _commands(self) -> list[tuple[str, str, str, DOMNode]]:
        screen = self.screen
        own = {b.action for b in type(screen).BINDINGS if isinstance(b, Binding)}
        out = []
        seen: set[str] = set()
        for key, bindings in screen._bindings.key_to_bindings.items():
            for binding in bindings:
                if binding.action not in own or binding.action in seen or not binding.description:
                    continue
                if screen.check_action(binding.action, ()) is False:
                    continue
                seen.add(binding.action)
                out.append((binding.description, binding.action, key, screen))
        return out

    def _help(self, key: str, binding_node: DOMNode) -> str:
        lang = getattr(self.app, "lang", "da")
        return t("cmd.screen.help", lang, keys=self.app.get_key_display(Binding(key, "")))

    async def discover(self) -> Hits:
        for title, action, key, node in self._commands():
            yield DiscoveryHit(
                title,
                partial(self.app.run_action, action, node),
                help=self._help(key, node),
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, key, node in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.app.run_action, action, node),
                    help=self._help(key, node),
                )
