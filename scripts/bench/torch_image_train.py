"""PyTorch CPU baseline for the "Image training" bench: the app's MLP (196-256-256-10 relu) and
CNN (conv3x3 16 + maxpool2, conv3x3 32 + maxpool2, dense 64, dense 10; core/model/imageModels.ts
DEFAULT_MLP / DEFAULT_CNN) on the MNIST-14 training split, batch 64, Adam (lr 1e-3), at the
given thread counts. Prints one JSON object: steps/s and seconds per epoch per (model, threads).

Usage: python3 scripts/bench/torch_image_train.py [--threads 1,2] [--steps 400] [--budget 3] [--data public/data/mnist14-train.bin]
"""
import argparse
import json
import struct
import time

import torch
import torch.nn as nn


def load(path):
    raw = open(path, 'rb').read()
    count, rows, cols = struct.unpack_from('<IHH', raw, 8)
    n = rows * cols
    px = torch.frombuffer(bytearray(raw[20:20 + count * n]), dtype=torch.uint8).float().div_(255).view(count, n)
    labels = torch.frombuffer(bytearray(raw[20 + count * n:20 + count * n + count]), dtype=torch.uint8).long()
    return px, labels, rows


def mlp():
    return nn.Sequential(nn.Linear(196, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))


def cnn(side):
    s = side // 2 // 2
    return nn.Sequential(
        nn.Unflatten(1, (1, side, side)),
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(32 * s * s, 64), nn.ReLU(), nn.Linear(64, 10))


def bench(model, x, y, steps, budget, batch=64):
    torch.manual_seed(1)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    perm = torch.randperm(x.shape[0])

    def step(i):
        idx = perm[(i * batch) % (x.shape[0] - batch):][:batch]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(x[idx]), y[idx])
        loss.backward()
        opt.step()
        return loss

    for i in range(10):
        step(i)
    t0 = time.perf_counter()
    c0 = time.process_time()
    done = 0
    while done < 3 or (done < steps and time.perf_counter() - t0 < budget):
        loss = step(done)
        done += 1
    loss.item()
    dt = (time.perf_counter() - t0) / done
    cpu = (time.process_time() - c0) / done
    return dt, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--threads', default='1,2')
    ap.add_argument('--steps', type=int, default=400, help='at most this many timed steps')
    ap.add_argument('--budget', type=float, default=3.0, help='seconds of timed steps per row')
    ap.add_argument('--data', default='public/data/mnist14-train.bin')
    a = ap.parse_args()
    x, y, side = load(a.data)
    steps_per_epoch = -(-x.shape[0] // 64)
    rows = []
    for threads in [int(t) for t in a.threads.split(',')]:
        torch.set_num_threads(threads)
        for name, make in (('mlp', mlp), ('cnn', lambda: cnn(side))):
            torch.manual_seed(1)
            dt, cpu = bench(make(), x, y, a.steps, a.budget)
            # cpuStepsPerSec: by process CPU time, robust to other load (meaningful at 1 thread).
            rows.append({'model': name, 'threads': threads, 'stepsPerSec': 1 / dt, 'secondsPerEpoch': dt * steps_per_epoch,
                         'cpuStepsPerSec': 1 / cpu})
    print(json.dumps({'torch': torch.__version__, 'batch': 64, 'optimizer': 'adam', 'stepsPerEpoch': steps_per_epoch, 'rows': rows}))


if __name__ == '__main__':
    main()
