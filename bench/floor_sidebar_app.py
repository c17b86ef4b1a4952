"""The framework's floor with the app's sidebar: the bare one-chart page plus widgets of the same
kinds as the app's shared sidebar (no data, no logic). The difference to floor_app.py is what
Streamlit needs to draw those widgets."""

import plotly.graph_objects as go
import streamlit as st

with st.sidebar:
    st.segmented_control("Language", ["English", "Deutsch"], default="English")
    st.slider("Years", 2022, 2025, (2022, 2025))
    for label in ("Country", "Partner", "Commodity", "Instrument", "Status"):
        st.multiselect(label, ["a", "b", "c"], placeholder="All")
    st.button("Reset")
series = st.selectbox("Series", ["a", "b"], key="series")
values = [3, 1, 2] if series == "a" else [1, 2, 3]
st.plotly_chart(go.Figure(go.Bar(x=["x", "y", "z"], y=values), layout={"title": {"text": f"Series {series}"}}))
