/**
 * A logistic model with an L2 penalty, fitted by Newton's method on standardised features: small,
 * deterministic and with weights that can be printed and read (`eval:support:cv`).
 */

/** A fitted model: each feature's mean and spread (for standardising), weights and intercept. */
export interface Logistic {
  readonly names: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  /** Weights of the standardised features. */
  readonly weights: readonly number[];
  readonly intercept: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

// Solve the symmetric positive definite system m·x = v by Gaussian elimination with partial pivoting.
function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const a = m.map((row, i) => [...row, v[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[pivot] as number[])[c] as number))
        pivot = r;
    [a[c], a[pivot]] = [a[pivot] as number[], a[c] as number[]];
    const p = (a[c] as number[])[c] as number;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((a[r] as number[])[c] as number) / p;
      for (let k = c; k <= n; k++)
        (a[r] as number[])[k] = ((a[r] as number[])[k] as number) - f * ((a[c] as number[])[k] as number);
    }
  }
  return a.map((row, i) => (row[n] as number) / (row[i] as number));
}

/**
 * Fit P(y = 1 | x) = σ(b + w·z), z the standardised x, maximising the log-likelihood minus
 * `penalty`/2 · |w|² (the intercept is not penalised).
 * @example
 * fitLogistic(['cover'], [[0.2], [0.9]], [false, true]).weights[0] > 0 // true
 */
export function fitLogistic(
  names: readonly string[],
  rows: readonly (readonly number[])[],
  ys: readonly boolean[],
  penalty = 1,
): Logistic {
  const d = names.length;
  const mean = names.map((_, j) => rows.reduce((s, r) => s + (r[j] as number), 0) / Math.max(rows.length, 1));
  const scale = names.map((_, j) => {
    const v =
      rows.reduce((s, r) => s + ((r[j] as number) - (mean[j] as number)) ** 2, 0) / Math.max(rows.length, 1);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const zs = rows.map((r) => [1, ...r.map((x, j) => (x - (mean[j] as number)) / (scale[j] as number))]);
  let beta = new Array(d + 1).fill(0) as number[];
  for (let iteration = 0; iteration < 50; iteration++) {
    const grad = beta.map((b, j) => (j === 0 ? 0 : -penalty * b));
    const hess = beta.map((_, i) => beta.map((__, j) => (i === j && i > 0 ? penalty : 0)));
    zs.forEach((z, n) => {
      const p = sigmoid(z.reduce((s, x, j) => s + x * (beta[j] as number), 0));
      const y = ys[n] ? 1 : 0;
      const w = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i <= d; i++) {
        grad[i] = (grad[i] as number) + (y - p) * (z[i] as number);
        const row = hess[i] as number[];
        for (let j = 0; j <= d; j++) row[j] = (row[j] as number) + w * (z[i] as number) * (z[j] as number);
      }
    });
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b + (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { names, mean, scale, weights: beta.slice(1), intercept: beta[0] as number };
}

/** The model's P(y = 1) for one row of raw features. */
export function predictLogistic(model: Logistic, row: readonly number[]): number {
  let z = model.intercept;
  row.forEach((x, j) => {
    z += (model.weights[j] as number) * ((x - (model.mean[j] as number)) / (model.scale[j] as number));
  });
  return sigmoid(z);
}
