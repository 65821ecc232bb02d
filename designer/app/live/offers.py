"""The line by the Mix controls about guests who drop: per guest, what happened and the one
click that answers it (the live feature decides what to offer; this only shows it).

Built the first time there is something to offer, so a show where nobody drops pays for
none of its widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.app.live.drops import Offer, OfferKind
from designer.core.model import INT32_MAX

PICTURE_KEY = "live/placeholder_picture_id"
DEFAULT_PICTURE = 1
DROPPED_STYLE = "color: #c0392b; font-weight: bold"
BACK_STYLE = "color: #1e8449; font-weight: bold"

#: The action of each button: it gets the offer it was shown for.
Act = Callable[[Offer], None]


class OffersBox(QGroupBox):
    def __init__(self, settings: QSettings, *, take_off_air: Act, show_placeholder: Act,
                 put_back: Act, show_again: Act, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveOffers")
        self.setTitle(self.tr("Guests"))
        self._settings = settings
        self._acts = {"off": take_off_air, "placeholder": show_placeholder,
                      "back": put_back, "again": show_again}
        self.picture = QSpinBox()
        self.picture.setObjectName("livePlaceholderPicture")
        self.picture.setAccessibleName(self.tr("Placeholder picture id"))
        self.picture.setRange(1, INT32_MAX)
        self.picture.setValue(_int(settings.value(PICTURE_KEY, DEFAULT_PICTURE)))
        self.picture.setToolTip(self.tr(
            "The picture_id of an uploaded watermark, shown in a dropped guest's box instead "
            "of their stream (as TRTC's placeholder)"))
        self.picture.valueChanged.connect(lambda value: settings.setValue(PICTURE_KEY, value))
        picture_row = QHBoxLayout()
        picture_row.addWidget(QLabel(self.tr("Placeholder picture_id")))
        picture_row.addWidget(self.picture, 1)
        self._rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self._rows)
        layout.addLayout(picture_row)
        self._offers: list[Offer] = []

    def picture_id(self) -> int:
        return self.picture.value()

    def offers(self) -> list[Offer]:
        return list(self._offers)

    def show_offers(self, offers: list[Offer]) -> None:
        if offers == self._offers:
            return
        self._offers = list(offers)
        while (item := self._rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.setParent(None)  # out of the box now; deleted once its click is done
                widget.deleteLater()
        for offer in offers:
            self._rows.addWidget(self._row(offer))
        self.setVisible(bool(offers))

    def _row(self, offer: Offer) -> QWidget:
        row = QWidget()
        row.setObjectName("liveOffer")
        row.setProperty("streamId", offer.stream_id)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        text = QLabel(self._text(offer))
        text.setTextFormat(Qt.TextFormat.PlainText)  # a label is the producer's own text
        text.setWordWrap(True)
        text.setStyleSheet(DROPPED_STYLE if offer.kind is OfferKind.DROPPED else BACK_STYLE)
        column.addWidget(text)
        buttons = QHBoxLayout()
        for key, label in self._buttons(offer):
            button = QPushButton(label)
            button.setObjectName(f"live-{key}")
            # Clicked, its row goes: the focus must stay where it was, not move on to a field.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(f"{label}: {offer.name}")
            button.clicked.connect(lambda _=False, key=key, offer=offer: self._acts[key](offer))
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return row

    def _text(self, offer: Offer) -> str:
        if offer.kind is OfferKind.DROPPED and offer.background:
            return self.tr("%1 has no signal and is on air. It is layer 1, the background: it "
                           "stays on air (it gives the output its size), so show a placeholder "
                           "instead.").replace("%1", offer.name)
        if offer.kind is OfferKind.DROPPED:
            return self.tr("%1 has no signal and is on air.").replace("%1", offer.name)
        return self.tr("%1 has a signal again.").replace("%1", offer.name)

    def _buttons(self, offer: Offer) -> list[tuple[str, str]]:
        if offer.kind is OfferKind.DROPPED:
            placeholder = ("placeholder", self.tr("Show a placeholder"))
            return [placeholder] if offer.background else [
                ("off", self.tr("Take off air")), placeholder]
        if offer.kind is OfferKind.BACK_OFF_AIR:
            return [("back", self.tr("Put back on air"))]
        return [("again", self.tr("Show the guest again"))]


def _int(value: object) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return DEFAULT_PICTURE
    return number if 1 <= number <= INT32_MAX else DEFAULT_PICTURE
