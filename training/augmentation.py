"""How a training photo may be altered and keep its label: the settings behind phase 1's
augmented views (`features.make_view`) and phase 2's random changes (`image_batches`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Augmentation", "NO_AUGMENTATION"]


@dataclass(frozen=True)
class Augmentation:
    """Random changes a photo can take and keep its label. Strengths follow Keras' layers:
    rotation as a fraction of a full turn, zoom as a fraction of the image size."""

    flip: bool = True
    rotation: float = 0.05
    zoom: float = 0.1

    @property
    def enabled(self) -> bool:
        return self.flip or self.rotation > 0 or self.zoom > 0

    def key(self) -> str:
        return f"flip={self.flip},rotation={self.rotation},zoom={self.zoom}"


NO_AUGMENTATION = Augmentation(flip=False, rotation=0.0, zoom=0.0)
