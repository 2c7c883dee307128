//! What the SDK tests need to run a client without a network, an async runtime or extra
//! crates: an HTTP client that records the requests it gets and answers one canned body, and
//! `block_on` for the client's futures (ready at once: nothing here waits on I/O).

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_runtime_api::shared::IntoShared;
use aws_smithy_types::body::SdkBody;
use org_shapes::aws_sdk::{violations_of, InvalidRequest};

/// An HTTP client that answers every request with status 200 and `body` (as AWS JSON 1.1),
/// keeping the requests for [`Requests`].
#[derive(Debug, Clone)]
pub struct Capture {
    body: &'static str,
    requests: Arc<Mutex<Vec<HttpRequest>>>,
}

/// The requests a [`Capture`] client was sent.
#[derive(Debug)]
pub struct Requests(Arc<Mutex<Vec<HttpRequest>>>);

/// A client answering `body`, and the handle that reads what it was sent.
pub fn capture(body: &'static str) -> (Capture, Requests) {
    let requests = Arc::default();
    let client = Capture {
        body,
        requests: Arc::clone(&requests),
    };
    (client, Requests(requests))
}

impl HttpConnector for Capture {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        self.requests.lock().unwrap().push(request);
        let mut response = HttpResponse::new(200.try_into().unwrap(), SdkBody::from(self.body));
        response
            .headers_mut()
            .insert("content-type", "application/x-amz-json-1.1");
        HttpConnectorFuture::ready(Ok(response))
    }
}

impl HttpClient for Capture {
    fn http_connector(
        &self,
        _: &HttpConnectorSettings,
        _: &RuntimeComponents,
    ) -> SharedHttpConnector {
        self.clone().into_shared()
    }
}

impl Requests {
    /// The one request sent.
    #[track_caller]
    pub fn expect_request(self) -> HttpRequest {
        let mut requests = self.0.lock().unwrap();
        assert_eq!(requests.len(), 1, "one request sent");
        requests.pop().unwrap()
    }

    /// Checks that nothing was sent.
    #[track_caller]
    pub fn expect_no_request(self) {
        assert!(self.0.lock().unwrap().is_empty(), "no request sent");
    }
}

/// The one request sent: its `X-Amz-Target` and its JSON body.
#[track_caller]
pub fn sent(requests: Requests) -> (String, serde_json::Value) {
    let request = requests.expect_request();
    let target = request
        .headers()
        .get("x-amz-target")
        .expect("an X-Amz-Target header")
        .to_owned();
    let body = request.body().bytes().expect("an in-memory body");
    (target, serde_json::from_slice(body).expect("a JSON body"))
}

/// The [`InvalidRequest`] of a call the interceptor stopped, checking that the SDK failed it
/// as a construction failure (before any request could be built).
#[track_caller]
pub fn stopped<E, R>(err: &SdkError<E, R>) -> &InvalidRequest
where
    E: std::error::Error + 'static,
    R: std::fmt::Debug + 'static,
{
    assert!(matches!(err, SdkError::ConstructionFailure(_)), "{err:?}");
    violations_of(err).expect("our error in the source chain")
}

struct Thread(std::thread::Thread);

impl Wake for Thread {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs `future` on this thread to its end.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let waker = Waker::from(Arc::new(Thread(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(output) => return output,
            Poll::Pending => std::thread::park(),
        }
    }
}
