"""Model lifecycle: quantize a GGUF model and report what the trade costs in quality and speed."""
