FROM ubuntu
RUN apt-get update && apt-get install -y curl
ONBUILD COPY . /src
CMD ["bash"]
