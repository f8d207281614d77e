"""Helpers for the flow tests: the open task of an item's process, by node."""

import pytest
from viewflow.workflow.status import PROCESS

from flows.driver import open_task
from flows.models import CompletionReviewProcess, ExtensionRequestProcess, ProgrammeApprovalProcess


@pytest.fixture
def review_of():
    def get(item, status=PROCESS.NEW):
        return CompletionReviewProcess.objects.filter(work_item=item, status=status).order_by("-pk").first()

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
