"""Reading programme documents into plain values: bytes → lines and cells → recognised rows → items.

Nothing here touches the database. `engine.services.programme_import` writes what this
package produces; the organisation's units and leaders come in as plain values.
"""
