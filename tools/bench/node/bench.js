#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// The relay's own stack (ethers v5, @ngraveio/bc-ur) on the operations bench_core measures, on
// the same inputs. Prints one JSON object.
//
//   node bench.js ops <bench_core.json>  per-operation timings (the CBOR and the relay envelope
//                                        come from bench_core's JSON context: the same bytes)
//   node bench.js verify-once            load ethers, verify one signature, exit (cold start)
//   node bench.js rss                    load ethers, verify one signature, print the RSS
'use strict';

const fs = require('fs');

// The first cancelApproval vector of tests/data/signing.json (generated with ethers 5.7.2).
const V = {
    privateKey: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
    signer: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    paymentId: '0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901',
    purchaseId: 'P00000000000203',
    chainId: '215115',
    nonce: '0',
    messageHash: '0x35d5e9f4c08d0fed5b119e1bb7ed1df3a7e9c223a42491d8c0e078afdbbe64ef',
    signature:
        '0x712e278c38f9372d020b38eb12a8d0314b40efec7166afaafcdc7f3cd27968927644af25abf7524b6cab9e3' +
        '7d965080f90a9ae4fa8e73e916a35a092d4bf7c8c1b',
};

function verifyOnce() {
    const { utils } = require('ethers');
    const signer = utils.verifyMessage(utils.arrayify(V.messageHash), V.signature);
    if (signer !== V.signer) throw new Error(`recovered ${signer}, expected ${V.signer}`);
    return signer;
}

// Runs fn in growing batches until at least minMs have been spent timing it, after a warm-up;
// returns nanoseconds per call.
function measure(fn, minMs = 500) {
    for (let i = 0; i < 50; ++i) fn();
    let iterations = 0;
    let total = 0n;
    let batch = 1;
    const budget = BigInt(minMs) * 1000000n;
    while (total < budget) {
        const start = process.hrtime.bigint();
        for (let i = 0; i < batch; ++i) fn();
        total += process.hrtime.bigint() - start;
        iterations += batch;
        if (batch < 1 << 20) batch *= 2;
    }
    return { ns_per_op: Number(total) / iterations, iterations };
}

function check(condition, what) {
    if (!condition) throw new Error(`check failed: ${what}`);
}

function ops(kioskJsonPath) {
    const { utils } = require('ethers');
    const { UR, UREncoder, URDecoder } = require('@ngraveio/bc-ur');
    const context = JSON.parse(fs.readFileSync(kioskJsonPath, 'utf8')).context;
    const fragmentLength = Number(context.multipart_fragment_length);

    const filler = (size) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) & 0xff);
    const data32 = filler(32);
    const data1024 = filler(1024);
    const hashBytes = utils.arrayify(V.messageHash);
    const signingKey = new utils.SigningKey(V.privateKey);
    const abiTypes = ['bytes32', 'string', 'address', 'uint256', 'uint256'];
    const abiValues = [V.paymentId, V.purchaseId, V.signer, V.chainId, V.nonce];

    // Results must match the kiosk's (and the reference vectors) before anything is timed.
    check(utils.keccak256(utils.defaultAbiCoder.encode(abiTypes, abiValues)) === V.messageHash,
          'abi.encode + keccak256 gives the reference message hash');
    const sign = () =>
        utils.joinSignature(signingKey.signDigest(utils.hashMessage(hashBytes)));
    check(sign() === V.signature, 'the signature is the reference one');
    check(utils.verifyMessage(hashBytes, V.signature) === V.signer, 'recovery gives the signer');

    const results = {};
    const add = (name, fn) => {
        results[name] = measure(fn);
    };
    add('keccak256_32', () => utils.keccak256(data32));
    add('keccak256_1024', () => utils.keccak256(data1024));
    add('abi_encode_cancel_approval', () => utils.defaultAbiCoder.encode(abiTypes, abiValues));
    add('cancel_approval_message', () =>
        utils.keccak256(utils.defaultAbiCoder.encode(abiTypes, abiValues)));
    add('sign_personal', sign);
    add('recover_personal', () => utils.verifyMessage(hashBytes, V.signature));

    const single = (name, type, hex) => {
        const ur = new UR(Buffer.from(hex, 'hex'), type);
        const text = UREncoder.encodeSinglePart(ur);
        check(URDecoder.decode(text).cbor.equals(ur.cbor), `${type} round-trips`);
        add(`ur_encode_${name}`, () => UREncoder.encodeSinglePart(ur));
        add(`ur_decode_${name}`, () => URDecoder.decode(text).cbor);
    };
    single('eth_sign_request', 'eth-sign-request', context.cbor_eth_sign_request);
    single('eth_signature', 'eth-signature', context.cbor_eth_signature);

    const long = new UR(Buffer.from(context.cbor_multipart, 'hex'), 'eth-sign-request');
    const partCount = new UREncoder(long, fragmentLength, 0, 10).fragmentsLength;
    const encodeAll = () => {
        const encoder = new UREncoder(long, fragmentLength, 0, 10);
        const parts = [];
        for (let i = 0; i < partCount; ++i) parts.push(encoder.nextPart());
        return parts;
    };
    const parts = encodeAll();
    const decodeAll = () => {
        const decoder = new URDecoder();
        for (const part of parts) decoder.receivePart(part);
        return decoder.isSuccess() ? decoder.resultUR().cbor : null;
    };
    const decoded = decodeAll();
    check(decoded !== null && decoded.equals(long.cbor), 'the multipart UR round-trips');
    add('ur_encode_multipart', encodeAll);
    add('ur_decode_multipart', decodeAll);
    results.ur_encode_multipart.parts = partCount;

    // The relay answer: JSON.parse, then the same checks and conversions PaymentItem::fromJson
    // makes (32-byte hex ids, big decimals, a checksummed address, integer timestamps).
    const body = context.payment_envelope;
    const bytes32 = (text) => {
        check(utils.isHexString(text, 32), 'a 32-byte id');
        return text.toLowerCase();
    };
    const parseItem = () => {
        const envelope = JSON.parse(body);
        check(envelope.code === 0, 'code 0');
        const d = envelope.data;
        const big = (k) => utils.parseUnits(d[k], 0);
        return {
            paymentId: bytes32(d.paymentId), purchaseId: String(d.purchaseId),
            amount: big('amount'), currency: String(d.currency), shopId: bytes32(d.shopId),
            account: utils.getAddress(d.account), terminalId: String(d.terminalId),
            paidPoint: big('paidPoint'), paidValue: big('paidValue'), feePoint: big('feePoint'),
            feeValue: big('feeValue'), totalPoint: big('totalPoint'),
            totalValue: big('totalValue'), paymentStatus: Number(d.paymentStatus),
            openNewTimestamp: Number(d.openNewTimestamp),
            closeNewTimestamp: Number(d.closeNewTimestamp),
            openCancelTimestamp: Number(d.openCancelTimestamp),
            closeCancelTimestamp: Number(d.closeCancelTimestamp),
        };
    };
    add('parse_payment_envelope', parseItem);

    return {
        runtime: `node ${process.version}`,
        ethers: require('ethers/package.json').version,
        bc_ur: require('@ngraveio/bc-ur/package.json').version,
        results,
    };
}

function main() {
    const [mode, arg] = process.argv.slice(2);
    let out;
    if (mode === 'ops') {
        out = ops(arg);
    } else if (mode === 'verify-once') {
        out = { signer: verifyOnce() };
    } else if (mode === 'rss') {
        verifyOnce();
        const status = fs.readFileSync('/proc/self/status', 'utf8');
        const kib = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)[1]);
        out = { rss_kib: kib };
    } else {
        process.stderr.write('usage: bench.js ops <bench_core.json> | verify-once | rss\n');
        process.exit(2);
    }
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main();
