"""The photos taken on an inspection's item, shown one under another at a size that fits the screen."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.database import Database
from app.permissions import Actor
from app.safety.model import AnswerView
from app.safety.photos import photo_content

WIDTH = 720


class PhotoViewer(QDialog):
    def __init__(self, db: Database, actor: Actor, answer: AnswerView, parent: QWidget | None = None):
        super().__init__(parent, objectName="photoViewer")
        self.setWindowTitle(f"{answer.item.system}：{answer.item.text}")
        pictures = QWidget()
        column = QVBoxLayout(pictures)
        self.images: list[QLabel] = []
        for photo in answer.photos:
            name, content = photo_content(db, actor, photo.id)
            pixmap = QPixmap()
            label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            if pixmap.loadFromData(content):
                label.setPixmap(pixmap.scaledToWidth(min(WIDTH, pixmap.width()),
                                                     Qt.TransformationMode.SmoothTransformation))
            else:
                label.setText(self.tr("{name} cannot be shown").format(name=name))
            self.images.append(label)
            column.addWidget(label)
            column.addWidget(QLabel(name, alignment=Qt.AlignmentFlag.AlignCenter))
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(pictures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(answer.note, wordWrap=True))
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(WIDTH + 60, 620)
