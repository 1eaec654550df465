"""A node on the map: outline and glyph by kind, the family's words, marks.

Items only draw what a `NodeView` (or, in link_item.py, a `MapLink`) says;
they never write. Moving
a node item by mouse is the one exception to "the model first": Qt moves the
item during a drag, and the scene turns the finished drag into one undo
command that writes the positions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.mapdraw import shapes
from ftbt_desktop.mapdraw.node_view import NodeView
from ftbt_desktop.words.map import (
    actor_kind_label,
    internal_mark,
    life_area_label,
    node_kind_label,
)
from ftbt_desktop.words.network import no_consent_text

if TYPE_CHECKING:
    from ftbt_desktop.mapdraw.link_item import LinkItem

HANDLE_RADIUS = 16.0  # drawn at zoom 1; it grows with the grab area when zoomed out
HANDLE_GRAB = 22.0  # scene units: the grab area is 44 px across on screen at zoom 1
HANDLE_GRAB_MAX = 42.0  # 44 px across at the view's smallest zoom (0.55)
PADDING = 10.0


@dataclass(frozen=True, slots=True)
class NodeStyle:
    """Type and box sizes of the drawn map; width stays, so node positions suit both."""

    label_px: int  # the family's words
    small_px: int  # members a node concerns, a link's words, marks
    label_lines: int  # lines of words before the last is cut short
    node_height: float
    member_symbol: float
    member_height: float
    glyph: float


NORMAL_STYLE = NodeStyle(
    label_px=15,
    small_px=12,
    label_lines=3,
    node_height=shapes.NODE_HEIGHT,
    member_symbol=shapes.MEMBER_SYMBOL,
    member_height=shapes.MEMBER_HEIGHT,
    glyph=shapes.GLYPH,
)
# Kitchen-table mode: read across a table. Taller boxes hold more lines of larger
# words in the same width, and still fit between the map's rows (220 apart).
LARGE_STYLE = NodeStyle(
    label_px=20,
    small_px=15,
    label_lines=5,
    node_height=180.0,
    member_symbol=72.0,
    member_height=132.0,
    glyph=24.0,
)
# Looked up once: itemChange runs for every moved node on every mouse move.
_MOVED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
_SELECTED = QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged
CHALLENGE_INSET = 12.0  # a hexagon's slanted sides take room from the words
WRAP_SLACK = 2.0  # px: laid out narrower than drawn, so rounding never clips a letter


def font_of(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Word-wrapped lines, the last one elided when the text does not fit.

    A word wider than the line (Danish compounds: "Forældresamarbejdet") is broken
    rather than cut off at the outline, and lines are laid out a little narrower
    than drawn so rounding never clips a last letter.
    """
    if not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width - WRAP_SLACK)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        metrics = QFontMetricsF(font)
        lines = [
            *lines[: max_lines - 1],
            metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width),
        ]
    return lines


class NodeItem(QGraphicsItem):
    """One node: outline and glyph by kind, the family's words, members, an internal mark."""

    def __init__(
        self,
        view: NodeView,
        parent: QGraphicsItem | None = None,
        style: NodeStyle = NORMAL_STYLE,
        coordinator: bool = True,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.style = style
        # False where the family looks (family view, their exports): no coordinator's marks.
        self.coordinator = coordinator
        self.links: set[LinkItem] = set()
        self._label_lines: list[str] = []
        self._members_line = ""
        self._label_font = font_of(style.label_px)
        self._small_font = font_of(style.small_px)
        self._mark_font = font_of(style.small_px, bold=True)
        self._laid_out = False
        self._body = self._symbol = self._bounds = QRectF()
        self._anchor_dx = self._anchor_dy = self._half_w = self._half_h = 0.0
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(1.0)
        self.set_view(view)

    @property
    def node_id(self) -> str:
        return self.view.id

    # -- content -----------------------------------------------------------

    def set_view(self, view: NodeView) -> None:
        position = QPointF(view.x, view.y)
        if self._laid_out and replace(view, x=self.view.x, y=self.view.y) == self.view:
            self.view = view  # only moved (a drag, an undo): no new text layout
            if self.pos() != position:
                self.setPos(position)
            return
        if view.kind is not self.view.kind:
            self.prepareGeometryChange()
        self.view = view
        self._laid_out = True
        self._set_geometry()
        width = self._text_rect().width()
        if view.kind is NodeKind.MEMBER:
            self._label_lines = wrap_lines(view.label, self._label_font, shapes.MEMBER_WIDTH, 2)
            self._members_line = ""
        else:
            # First names keep the line short; the tooltip has the whole names.
            first_names = (name.split()[0] for name in view.member_names if name.split())
            self._members_line = QFontMetricsF(self._small_font).elidedText(
                " · ".join(first_names), Qt.TextElideMode.ElideRight, width
            )
            text = view.label or node_kind_label(view.kind)
            self._label_lines = wrap_lines(text, self._label_font, width, self._label_room())
        self.setToolTip(self._tooltip())
        if self.pos() != position:
            self.setPos(position)
        self.update()

    def _tooltip(self) -> str:
        view = self.view
        kind = node_kind_label(view.kind)
        if view.actor_kind is not None:
            kind = f"{kind}: {actor_kind_label(view.actor_kind)}"
        parts = [kind, view.label]
        if view.member_names:
            parts.append(", ".join(view.member_names))
        if view.life_area is not None:
            parts.append(life_area_label(view.life_area))
        if view.internal:
            parts.append(internal_mark())
        if view.no_consent and self.coordinator:
            parts.append(no_consent_text())
        return "\n".join(p for p in parts if p)

    def _text_rect(self) -> QRectF:
        """Where a node's words go: under the glyph, inside the outline, above the members."""
        body = self.body_rect()
        inset = PADDING + (CHALLENGE_INSET if self.view.kind is NodeKind.CHALLENGE else 0.0)
        top = body.top() + 10 + self.style.glyph
        bottom = body.bottom() - 4
        if self._members_line:
            bottom -= QFontMetricsF(self._small_font).height() + 6
        return QRectF(body.left() + inset, top, body.width() - 2 * inset, bottom - top)

    def _label_room(self) -> int:
        """How many lines of words fit (at least one: the kind, or the first words)."""
        lines = int(self._text_rect().height() // QFontMetricsF(self._label_font).height())
        return max(1, min(self.style.label_lines, lines))

    # -- geometry ----------------------------------------------------------

    def _set_geometry(self) -> None:
        """The boxes of this kind, worked out once: links ask for them on every move."""
        if self.view.kind is NodeKind.MEMBER:
            w, h = shapes.MEMBER_WIDTH, self.style.member_height
        else:
            w, h = shapes.NODE_WIDTH, self.style.node_height
        self._body = QRectF(-w / 2, -h / 2, w, h)
        if self.view.kind is NodeKind.MEMBER:
            s = self.style.member_symbol
            self._symbol = QRectF(-s / 2, self._body.top() + 4, s, s)
        else:
            self._symbol = QRectF(self._body)
        center = self._symbol.center()
        self._anchor_dx, self._anchor_dy = center.x(), center.y()
        self._half_w = self._symbol.width() / 2 + 3
        self._half_h = self._symbol.height() / 2 + 3
        center = QPointF(self._symbol.right() + 4, self._symbol.center().y())
        reach = HANDLE_GRAB_MAX + 2
        handle = QRectF(center.x() - reach, center.y() - reach, 2 * reach, 2 * reach)
        self._bounds = self._body.adjusted(-6, -6, 6, 6).united(handle)

    def body_rect(self) -> QRectF:
        return QRectF(self._body)

    def symbol_rect(self) -> QRectF:
        """The outline's box: the whole body, or a member's square or circle."""
        return QRectF(self._symbol)

    def outline_path(self) -> QPainterPath:
        """The outline as drawn (in item coordinates): the kind's shape, a member's symbol."""
        child = self.view.role is MemberRole.CHILD
        return shapes.outline(self.view.kind, self.symbol_rect(), child=child)

    def handle_center(self) -> QPointF:
        """Where the link handle sits: the right edge of the outline."""
        symbol = self.symbol_rect()
        return QPointF(symbol.right() + 4, symbol.center().y())

    def handle_grab(self) -> float:
        """The grab area's radius: never under 22 px on screen, however far zoomed out."""
        scene = self.scene()
        zooms = [view.transform().m11() for view in scene.views()] if scene is not None else []
        zoom = min(zooms, default=1.0)
        if zoom <= 0:
            return HANDLE_GRAB
        return min(HANDLE_GRAB_MAX, max(HANDLE_GRAB, shapes.TOUCH_PX / 2 / zoom))

    def is_on_handle(self, scene_pos: QPointF) -> bool:
        if not self.isSelected():
            return False
        delta = self.mapFromScene(scene_pos) - self.handle_center()
        return math.hypot(delta.x(), delta.y()) <= self.handle_grab()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        # Winding: where the handle overlaps the box is inside (odd-even would cut a hole).
        path.setFillRule(Qt.FillRule.WindingFill)
        path.addRect(self.body_rect())
        if self.isSelected():
            grab = self.handle_grab()
            path.addEllipse(self.handle_center(), grab, grab)
        return path

    def clip_point(self, toward: QPointF) -> QPointF:
        """Where a line from the centre toward a scene point leaves the outline."""
        return QPointF(*self.clip_xy(toward.x(), toward.y()))

    def clip_xy(self, tx: float, ty: float) -> tuple[float, float]:
        x, y = self.anchor_xy()
        dx, dy = tx - x, ty - y
        if dx == 0 and dy == 0:
            return x, y
        t = min(
            self._half_w / abs(dx) if dx else math.inf,
            self._half_h / abs(dy) if dy else math.inf,
            1.0,
        )
        return x + dx * t, y + dy * t

    def anchor_xy(self) -> tuple[float, float]:
        """The outline's centre in the scene (nodes have no parent item)."""
        pos = self.pos()
        return pos.x() + self._anchor_dx, pos.y() + self._anchor_dy

    def anchor(self) -> QPointF:
        return QPointF(*self.anchor_xy())

    # -- drawing -----------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        view = self.view
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = self.outline_path()
        pen = QPen(shapes.BORDER[view.kind], 2.5)
        dashed = view.internal or (view.kind is NodeKind.MEMBER and not view.in_household)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.isSelected():
            halo = QPen(shapes.SELECTION, 7.0)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(pen)
        painter.setBrush(QBrush(shapes.FILL[view.kind]))
        painter.drawPath(path)
        if view.kind is NodeKind.MEMBER:
            self._paint_member_text(painter)
        else:
            self._paint_node_text(painter)
        if view.internal:
            self._paint_internal_mark(painter)
        if view.no_consent and self._shows_internal():
            self._paint_consent_mark(painter)
        if self.isSelected():
            self._paint_handle(painter)

    def _paint_node_text(self, painter: QPainter) -> None:
        body = self.body_rect()
        size = self.style.glyph
        # A hexagon's corner is cut off: its glyph goes in by the cut.
        inset = 2 * CHALLENGE_INSET if self.view.kind is NodeKind.CHALLENGE else 0.0
        glyph = QRectF(body.left() + PADDING + 6 + inset, body.top() + 8, size, size)
        shapes.paint_glyph(painter, self.view.kind, glyph)
        painter.setPen(shapes.INK)
        painter.setFont(self._label_font)
        line_height = QFontMetricsF(self._label_font).height()
        text_rect = self._text_rect()
        text_rect.setHeight(line_height)
        italic = not self.view.label
        if italic:
            font = QFont(self._label_font)
            font.setItalic(True)
            painter.setFont(font)
        for line in self._label_lines:
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, line)
            text_rect.translate(0, line_height)
        if self._members_line:
            painter.setFont(self._small_font)
            small = QFontMetricsF(self._small_font).height()
            members_rect = QRectF(
                body.left() + PADDING, body.bottom() - small - 6, body.width() - 2 * PADDING, small
            )
            painter.drawText(members_rect, Qt.AlignmentFlag.AlignHCenter, self._members_line)

    def _paint_member_text(self, painter: QPainter) -> None:
        body = self.body_rect()
        symbol = self.symbol_rect()
        drawn = shapes.member_symbol(symbol, child=self.view.role is MemberRole.CHILD)
        glyph_size = drawn.width() * 0.5
        shapes.paint_glyph(
            painter,
            NodeKind.MEMBER,
            QRectF(
                drawn.center().x() - glyph_size / 2,
                drawn.center().y() - glyph_size / 2,
                glyph_size,
                glyph_size,
            ),
        )
        painter.setFont(self._label_font)
        metrics = QFontMetricsF(self._label_font)
        line_height = metrics.height()
        text_rect = QRectF(body.left(), symbol.bottom() + 2, body.width(), line_height)
        for line in self._label_lines:
            # On a patch of canvas: a link leaving the symbol must not cross out the name.
            width = metrics.horizontalAdvance(line) + 6
            patch = QRectF(text_rect.center().x() - width / 2, text_rect.top(), width, line_height)
            painter.fillRect(patch, shapes.CANVAS)
            painter.setPen(shapes.INK)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, line)
            text_rect.translate(0, line_height)

    def _paint_internal_mark(self, painter: QPainter) -> None:
        body = self.body_rect()
        word = internal_mark()
        metrics = QFontMetricsF(self._mark_font)
        width = metrics.horizontalAdvance(word) + 26
        height = max(metrics.height() + 4, 20.0)
        badge = QRectF(body.right() - width - 6, body.top() - height / 2, width, height)
        painter.setPen(QPen(shapes.INK, 1.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(badge, 4, 4)
        lock = QRectF(badge.left() + 4, badge.top() + (height - 14) / 2, 14, 14)
        shapes.paint_lock(painter, lock)
        painter.setFont(self._mark_font)
        painter.setPen(shapes.INK)
        painter.drawText(badge.adjusted(20, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, word)

    def _shows_internal(self) -> bool:
        # The consent mark is for the coordinator: not in family view or family exports.
        return self.coordinator and bool(getattr(self.scene(), "show_internal", True))

    def _paint_consent_mark(self, painter: QPainter) -> None:
        """A warning sign and the words "No valid consent" on the node's lower edge."""
        body = self.body_rect()
        word = no_consent_text()
        metrics = QFontMetricsF(self._mark_font)
        height = max(metrics.height() + 4, 20.0)
        width = min(metrics.horizontalAdvance(word) + 28, body.width() + 40)
        badge = QRectF(body.center().x() - width / 2, body.bottom() - height / 2, width, height)
        painter.setPen(QPen(shapes.INK, 1.5))
        painter.setBrush(QBrush(QColor("#fff3cd")))
        painter.drawRoundedRect(badge, 4, 4)
        sign = QRectF(badge.left() + 4, badge.top() + (height - 14) / 2, 16, 14)
        painter.setFont(self._mark_font)
        painter.drawText(sign, Qt.AlignmentFlag.AlignCenter, "⚠")
        text = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width - 26)
        painter.drawText(badge.adjusted(22, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_handle(self, painter: QPainter) -> None:
        center = self.handle_center()
        grow = self.handle_grab() / HANDLE_GRAB  # as large on screen as where it grabs
        radius, arm = HANDLE_RADIUS * grow, 7.0 * grow
        painter.setPen(QPen(shapes.SELECTION, 2.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(center, radius, radius)
        painter.drawLine(center - QPointF(arm, 0), center + QPointF(arm, 0))
        painter.drawLine(center - QPointF(0, arm), center + QPointF(0, arm))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == _MOVED:
            for link in self.links:
                link.adjust()
        elif change == _SELECTED:
            self.prepareGeometryChange()  # the handle joins the shape
        return super().itemChange(change, value)
