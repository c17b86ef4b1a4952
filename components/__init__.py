"""Streamlit pieces shared by the pages: the dataset cache, the sidebar, tables and downloads."""
