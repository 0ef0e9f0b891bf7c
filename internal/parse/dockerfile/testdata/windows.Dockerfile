# escape=`
FROM mcr.microsoft.com/windows/servercore@sha256:4f5ae6dc8a0e4e2e1bb73d11b6ff1fa0c5a4a0a7a4b1f4b8a1d5b1c2d3e4f5a6
SHELL ["powershell", "-Command"]
RUN Write-Host `
    hello
COPY app C:\app
