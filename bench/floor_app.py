"""The framework's floor for the browser benchmark: a minimal Streamlit page with one plotly bar
chart that changes when a select box does."""

import plotly.graph_objects as go
import streamlit as st

series = st.selectbox("Series", ["a", "b"], key="series")
values = [3, 1, 2] if series == "a" else [1, 2, 3]
st.plotly_chart(go.Figure(go.Bar(x=["x", "y", "z"], y=values), layout={"title": {"text": f"Series {series}"}}))
