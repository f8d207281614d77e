"""Approval processes (django-viewflow): programme approval, completion review, extension request."""
