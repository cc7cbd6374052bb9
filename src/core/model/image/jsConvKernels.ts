/**
 * Two memory-bound CNN kernels written as plain loops and registered with tfjs for the wasm and
 * cpu backends, where the op-built equivalents dominated a CNN step's profile (tf.profile of one
 * batch-64 step on wasm: the nine strided slices + concat of an op-built im2col took 40 ms of
 * 55 ms, MaxPoolGrad 4 ms; a loop over the same bytes takes well under a millisecond):
 *  - 'Im2Col3x3': patches of x [B, H, W, C] for a 3x3 'same' conv, [B·H·W, 9·C], column
 *    (kh·3 + kw)·C + c = x[b, i+kh-1, j+kw-1, c] (zero outside): a [3, 3, C, F] kernel
 *    reshaped to [9·C, F] multiplies it directly.
 *  - 'MaxPool2x2ReluGrad': dL/d act for pooled = maxPool2x2(act) 'valid', act = relu(pre):
 *    dy goes to the first maximum of each window when that maximum is > 0 (so the relu's mask
 *    is included); everything else is 0. Equal to MaxPoolGrad followed by the relu mask.
 * Other backends (webgl, webgpu) use op-built versions (convOps.ts), so the trainer runs anywhere.
 */
import * as tf from '@tensorflow/tfjs';
import { sameConv3x3Taps } from './sameConv3x3Taps';

type TypedF32 = Float32Array;
interface WasmLike {
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  typedArrayFromHeap(t: tf.TensorInfo): TypedF32;
}
interface CpuLike {
  data: { get(id: tf.DataId): { values: unknown } };
  makeTensorInfo(shape: number[], dtype: 'float32', values: TypedF32): tf.TensorInfo;
}

export const IM2COL_KERNEL = 'Im2Col3x3';
export const POOL_GRAD_KERNEL = 'MaxPool2x2ReluGrad';
const BACKENDS = ['wasm', 'cpu'] as const;

/** Runs `fill(out, ...inputs)` on backend memory: wasm heap views or cpu arrays. */
function kernelFunc(
  outShape: (inputs: tf.TensorInfo[]) => number[],
  fill: (out: TypedF32, ins: TypedF32[], infos: tf.TensorInfo[]) => void,
  names: string[],
): tf.KernelFunc {
  return ({ inputs, backend }) => {
    const infos = names.map((n) => (inputs as Record<string, tf.TensorInfo>)[n]);
    const shape = outShape(infos);
    if ('typedArrayFromHeap' in (backend as object)) {
      const be = backend as unknown as WasmLike;
      const out = be.makeOutput(shape, 'float32'); // allocate first: heap growth detaches older views
      const view = be.typedArrayFromHeap(out);
      view.fill(0);
      fill(
        view,
        infos.map((t) => be.typedArrayFromHeap(t)),
        infos,
      );
      return out;
    }
    const be = backend as unknown as CpuLike;
    const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
    fill(
      values,
      infos.map((t) => be.data.get(t.dataId).values as TypedF32),
      infos,
    );
    return be.makeTensorInfo(shape, 'float32', values);
  };
}

function im2colFill(out: TypedF32, [x]: TypedF32[], [info]: tf.TensorInfo[]): void {
  const [B, H, W, C] = info.shape;
  const { start, pixel, tap } = sameConv3x3Taps(H, W);
  const rowLen = 9 * C;
  let row = 0;
  for (let b = 0; b < B; b++) {
    const base = b * H * W * C;
    for (let p = 0; p < H * W; p++, row++) {
      const o = row * rowLen;
      for (let t = start[p]; t < start[p + 1]; t++) {
        const src = base + pixel[t] * C;
        const dst = o + tap[t] * C;
        for (let c = 0; c < C; c++) out[dst + c] = x[src + c];
      }
    }
  }
}

function poolGradFill(out: TypedF32, [dy, act]: TypedF32[], [dyInfo, actInfo]: tf.TensorInfo[]): void {
  const [B, h, w, C] = dyInfo.shape;
  const [, H, W] = actInfo.shape;
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        const d = ((b * h + i) * w + j) * C;
        const p00 = ((b * H + 2 * i) * W + 2 * j) * C;
        const p01 = p00 + C;
        const p10 = p00 + W * C;
        const p11 = p10 + C;
        for (let c = 0; c < C; c++) {
          let at = p00 + c;
          let m = act[at];
          if (act[p01 + c] > m) m = act[(at = p01 + c)];
          if (act[p10 + c] > m) m = act[(at = p10 + c)];
          if (act[p11 + c] > m) m = act[(at = p11 + c)];
          if (m > 0) out[at] = dy[d + c];
        }
      }
    }
  }
}

let registered = false;
/** Registers both kernels for wasm and cpu (idempotent). */
export function registerJsConvKernels(): void {
  if (registered) return;
  registered = true;
  for (const backendName of BACKENDS) {
    if (!tf.getKernel(IM2COL_KERNEL, backendName)) {
      tf.registerKernel({
        kernelName: IM2COL_KERNEL,
        backendName,
        kernelFunc: kernelFunc(([x]) => [x.shape[0] * x.shape[1] * x.shape[2], 9 * x.shape[3]], im2colFill, ['x']),
      });
    }
    if (!tf.getKernel(POOL_GRAD_KERNEL, backendName)) {
      tf.registerKernel({
        kernelName: POOL_GRAD_KERNEL,
        backendName,
        kernelFunc: kernelFunc(([, act]) => [...act.shape], poolGradFill, ['dy', 'act']),
      });
    }
  }
}

/** Whether the active backend has the loop kernels (else convOps' op-built versions are used). */
export function hasJsConvKernels(): boolean {
  registerJsConvKernels();
  return (BACKENDS as readonly string[]).includes(tf.getBackend());
}
