import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { When } from '../ui/when.tsx';

/** GET /api/staff/me: the partner this account serves at the counter, and its places. */
export interface StaffPost {
  partner: { id: string; name: string };
  places: { id: string; name: string; address: string; city: string }[];
}

interface Redemption {
  reward: { id: string; title: string; earnedAt: string; redeemedAt: string };
  place: { id: string; name: string };
}

/** The browser's barcode reader (Chromium on Android and macOS, not every desktop). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike;
const detectorClass = (): BarcodeDetectorCtor | undefined =>
  (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;

const placeKey = 'nightchill.counterPlace';

/**
 * The counter: a partner's staff redeem the code a customer shows, by the camera where the browser
 * reads QR codes (BarcodeDetector) and by typing it everywhere. The customer sees it redeemed live.
 */
export function CounterView({ post }: { post: StaffPost }) {
  const { api } = useServices();
  const { m, fill, parts } = useI18n();
  const c = m.counter;
  const [placeId, setPlaceId] = useState(() => {
    const kept = localStorage.getItem(placeKey);
    return post.places.some((p) => p.id === kept) ? kept! : (post.places[0]?.id ?? '');
  });
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<
    { ok: true; redemption: Redemption } | { ok: false; text: string } | null
  >(null);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  const redeem = async (qrCode: string) => {
    if (busy || !qrCode.trim()) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { redemption } = await api.post<{ redemption: Redemption }>('/api/staff/redeem', {
        qrCode: qrCode.replace(/\s+/g, ''),
        locationId: placeId,
      });
      setOutcome({ ok: true, redemption });
      setCode('');
    } catch (err) {
      setOutcome({ ok: false, text: errorText(err) });
    } finally {
      setBusy(false);
      codeInput.current?.focus();
    }
  };

  // The camera, while scanning: one frame read every 300 ms until a code is found or it is closed.
  useEffect(() => {
    const Detector = detectorClass();
    if (!scanning || !Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        timer = setInterval(async () => {
          const found = await detector.detect(video.current!).catch(() => []);
          if (found[0]?.rawValue) {
            setScanning(false);
            void redeem(found[0].rawValue);
          }
        }, 300);
      })
      .catch(() => {
        setScanning(false);
        setOutcome({
          ok: false,
          text: c.noCamera,
        });
      });
    return () => {
      stopped = true;
      clearInterval(timer);
      for (const t of stream?.getTracks() ?? []) t.stop();
    };
  }, [scanning]);

  if (post.places.length === 0) {
    return (
      <section class="panel counter">
        <h2 tabIndex={-1}>{c.title}</h2>
        <p>{fill(c.noPlaces, { partner: post.partner.name })}</p>
      </section>
    );
  }

  return (
    <section class="panel counter" aria-labelledby="counter-title">
      <h2 id="counter-title" tabIndex={-1}>
        {fill(c.titleAt, { partner: post.partner.name })}
      </h2>
      <p>{c.intro}</p>
      <label for="counter-place">{c.place}</label>
      <select
        id="counter-place"
        value={placeId}
        onChange={(e) => {
          setPlaceId(e.currentTarget.value);
          localStorage.setItem(placeKey, e.currentTarget.value);
        }}
      >
        {post.places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}, {p.address}
          </option>
        ))}
      </select>
      {detectorClass() ? (
        <div class="scan">
          <button type="button" onClick={() => setScanning((s) => !s)} aria-pressed={scanning}>
            {scanning ? c.stopCamera : c.scan}
          </button>
          {scanning ? <video ref={video} class="scan-video" muted playsInline aria-label={c.camera} /> : null}
        </div>
      ) : null}
      <form
        class="counter-form"
        onSubmit={(e) => {
          e.preventDefault();
          void redeem(code);
        }}
      >
        <label for="counter-code">{c.code}</label>
        <input
          id="counter-code"
          ref={codeInput}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          aria-describedby="counter-outcome"
        />
        <button type="submit" disabled={busy || code.trim() === ''}>
          {busy ? c.redeeming : c.redeem}
        </button>
      </form>
      <p
        id="counter-outcome"
        class={outcome?.ok === false ? 'error' : 'done'}
        role="status"
        aria-live="polite"
      >
        {outcome?.ok
          ? parts(c.redeemed, {
              title: outcome.redemption.reward.title,
              when: <When at={outcome.redemption.reward.earnedAt} />,
              place: outcome.redemption.place.name,
            })
          : (outcome?.text ?? '')}
      </p>
    </section>
  );
}
