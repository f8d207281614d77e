"""Helpers for the flow tests: the open task of an item's process, by node.

Like every reader of an item's process, `review_of` runs the item's pending steps first
(flows.pending): in a test the transaction never commits, so nothing else would.
"""

import pytest
from viewflow.workflow.status import PROCESS

from flows.driver import open_task
from flows.models import CompletionReviewProcess, ExtensionRequestProcess, ProgrammeApprovalProcess
from flows.pending import steps_catch_up


@pytest.fixture
def review_of():
    def get(item, status=PROCESS.NEW):
        steps_catch_up(item.pk)
        return CompletionReviewProcess.objects.filter(work_item=item, status=status).order_by("-pk").first()

    return get


@pytest.fixture
def caught_up():
    """A completion review process as a reader sees it: its item's pending steps run, then re-read."""

    def get(process):
        steps_catch_up(process.work_item_id)
        process.refresh_from_db()
        return process

    return get


@pytest.fixture
def task_of():
    def get(process, node=None):
        return open_task(process, node)

    return get


@pytest.fixture
def approval_of():
    def get(programme):
        return ProgrammeApprovalProcess.objects.filter(programme=programme).order_by("-pk").first()

    return get


@pytest.fixture
def extension_process_of():
    def get(extension):
        return ExtensionRequestProcess.objects.get(extension=extension)

    return get
