"""Benchmark of the protocol core (not a test: it prints, it does not assert).

1. Median time to build, validate and sign a 16-input layout (target <= 0.2 ms).
2. Process time of `mix-designer validate FILE` as a ratio to `python -c "import pydantic,
   requests"`, both run alternately in the same session so that machine load hits both alike
   (target <= 1.3).

Run: python bench/bench_core.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

from designer.core.model import InputDesign, Layout, LayoutDesign, MixPara
from designer.core.validation import validate
from designer.core.wire import Action, build_request


def sixteen_input_para() -> dict:
    """A realistic worst case: a canvas, 14 streams in a grid, one watermark."""
    inputs = [{"input_stream_id": "canvas", "layout_params": {
        "image_layer": 1, "input_type": 3, "image_width": 1920, "image_height": 1080,
        "color": "0x000000"}}]
    for i in range(14):
        inputs.append({
            "input_stream_id": f"guest_{i:02d}",
            "layout_params": {"image_layer": i + 2, "image_width": 384, "image_height": 216,
                              "location_x": 384 * (i % 5), "location_y": 216 * (i // 5)},
            "crop_params": {"crop_width": 1280, "crop_height": 720, "crop_x": 0, "crop_y": 0},
        })
    inputs.append({"input_stream_id": "logo", "layout_params": {
        "image_layer": 16, "input_type": 2, "picture_id": 10, "location_x": 1700,
        "location_y": 40}})
    return {"app_id": 1252500000, "interface": "mix_streamv2.start_mix_stream_advanced",
            "mix_stream_session_id": "bench_room", "output_stream_id": "bench_out",
            "output_stream_type": 1, "output_stream_bitrate": 3000,
            "input_stream_list": inputs}


def build_validate_sign(para: dict) -> None:
    # The streams are declared 1280×720, so crops and black bars are checked too.
    sources = [InputDesign(source_width=1280, source_height=720) if 0 < i < 15 else InputDesign()
               for i in range(16)]
    layout = Layout(para=MixPara.model_validate(para), design=LayoutDesign(inputs=sources))
    problems = validate(layout)
    assert not [p for p in problems if p.is_error], problems
    build_request(Action.START, layout.para.to_wire(), appid=1252500000, key="bench-key",
                  t=1_900_000_000, timestamp=1_900_000_000, event_id=1)


def bench_core(rounds: int) -> float:
    para = sixteen_input_para()
    build_validate_sign(para)  # warm-up, and proves the layout is valid
    timer = timeit.Timer(lambda: build_validate_sign(para))
    number = 200
    samples = [t / number for t in timer.repeat(repeat=rounds, number=number)]
    return statistics.median(samples)


# An installed app runs from bytecode: let the warm-up run write it, as pip would.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=_ENV)
    return time.perf_counter() - started


def bench_validate_process(rounds: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "layout.json"
        path.write_text(json.dumps(sixteen_input_para()))
        ours = [sys.executable, "-m", "designer", "validate", str(path)]
        baseline = [sys.executable, "-c", "import pydantic, requests"]
        _run(ours), _run(baseline)  # warm the file cache for both
        ours_times, base_times = [], []
        for _ in range(rounds):  # alternate, so load on the machine hits both alike
            ours_times.append(_run(ours))
            base_times.append(_run(baseline))
    return statistics.median(ours_times), statistics.median(base_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    core = bench_core(args.rounds)
    print(f"build + validate + sign, 16 inputs: median {core * 1000:.3f} ms "
          f"(target <= 0.2 ms)")
    ours, base = bench_validate_process(args.rounds)
    print(f"`mix-designer validate` process: median {ours * 1000:.0f} ms; "
          f"`python -c \"import pydantic, requests\"`: {base * 1000:.0f} ms; "
          f"ratio {ours / base:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main()
