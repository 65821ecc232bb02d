"""The `mix-designer` command. Commands that draw nothing never import Qt."""
