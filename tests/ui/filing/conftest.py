"""The filing dialogs act on the colour model's results (labels red, green, blue): the shared
`tab` fixture runs on a controller holding that model."""

from __future__ import annotations

import pytest

from app.ui.model.model_controller import ModelController
from tests.ui.helpers import COLOR_SPEC


@pytest.fixture
def controller(controller: ModelController, colors_model) -> ModelController:
    controller.model, controller.spec = colors_model, COLOR_SPEC
    return controller
