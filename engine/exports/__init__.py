"""File exports of the oversight pages: .xlsx workbooks and .docx administrative reports."""
